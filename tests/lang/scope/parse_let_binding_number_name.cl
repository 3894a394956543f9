(io:print "before")
(let ((1 2)) 1)
