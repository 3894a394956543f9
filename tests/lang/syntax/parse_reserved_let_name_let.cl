(io:print "before")
(let ((let 1)) 2)
