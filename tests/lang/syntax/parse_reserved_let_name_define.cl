(io:print "before")
(let ((define 1)) 2)
