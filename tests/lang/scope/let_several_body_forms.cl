(io:print (let ((x 1)) (io:print "a") (io:print "b") (+ x 1)))
