(io:print "before")
(io:print (sqrt -4))
(io:print "after")
