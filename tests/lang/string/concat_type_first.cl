(io:print "before")
(concat 1 "a")
