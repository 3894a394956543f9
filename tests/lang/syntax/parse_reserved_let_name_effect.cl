(io:print "before")
(let ((effect 1)) 2)
