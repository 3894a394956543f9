(let ((inner 1)) inner)
(io:print "before")
(io:print inner)
