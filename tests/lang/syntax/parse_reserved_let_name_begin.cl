(io:print "before")
(let ((begin 1)) 2)
