(io:print "before")
(let ((if 1)) 2)
