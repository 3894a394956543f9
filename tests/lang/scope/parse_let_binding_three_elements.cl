(io:print "before")
(let ((x 1 2)) x)
