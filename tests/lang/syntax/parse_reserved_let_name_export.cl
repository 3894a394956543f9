(io:print "before")
(let ((export 1)) 2)
