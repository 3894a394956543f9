(io:print "before")
(let ((module 1)) 2)
