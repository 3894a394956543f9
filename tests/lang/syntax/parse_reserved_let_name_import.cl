(io:print "before")
(let ((import 1)) 2)
