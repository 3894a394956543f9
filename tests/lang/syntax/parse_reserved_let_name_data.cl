(io:print "before")
(let ((data 1)) 2)
