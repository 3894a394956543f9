(io:print "before")
(io:print (max 1 "a"))
