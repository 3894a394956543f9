(io:print "before")
(io:print (to-int 1e400))
