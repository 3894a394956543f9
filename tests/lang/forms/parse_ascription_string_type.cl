(io:print "before")
(: 5 "Int")
