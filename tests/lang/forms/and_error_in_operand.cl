(io:print "before")
(and 1 (head []) 3)
