(io:print "before")
(let ((uncertain 1)) 2)
