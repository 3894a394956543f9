(io:print "before")
(io:print (let ((y x) (x 1)) y))
