(io:print "before")
(io:print (module m 5))
