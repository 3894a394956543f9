(io:print "before")
(: 5 7)
