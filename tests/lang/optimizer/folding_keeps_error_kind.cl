(io:print "before")
(io:print (+ 1 "a"))
