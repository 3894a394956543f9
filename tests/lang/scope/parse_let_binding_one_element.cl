(io:print "before")
(let ((x)) x)
