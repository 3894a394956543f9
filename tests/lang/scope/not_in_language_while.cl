(io:print "before")
(while 1)
