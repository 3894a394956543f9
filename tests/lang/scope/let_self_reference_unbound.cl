(io:print "before")
(io:print (let ((z (+ z 1))) z))
