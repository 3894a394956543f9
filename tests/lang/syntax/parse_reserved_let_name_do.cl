(io:print "before")
(let ((do 1)) 2)
