(io:print "before")
]
