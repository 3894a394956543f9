(io:print "before")
(let ((lambda 1)) 2)
