(io:print "before")
(io:print (>= nil nil))
