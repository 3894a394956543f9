(io:print "before")
(if (head []) 1 2)
