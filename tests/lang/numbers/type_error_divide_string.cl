(io:print "before")
(/ 1 "a")
