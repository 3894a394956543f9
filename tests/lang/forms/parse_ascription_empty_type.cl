(io:print "before")
(: 5 ())
