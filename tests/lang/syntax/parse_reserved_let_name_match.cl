(io:print "before")
(let ((match 1)) 2)
