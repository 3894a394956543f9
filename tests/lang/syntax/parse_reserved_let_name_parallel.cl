(io:print "before")
(let ((parallel 1)) 2)
