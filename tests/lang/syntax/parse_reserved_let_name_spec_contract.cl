(io:print "before")
(let ((spec:contract 1)) 2)
