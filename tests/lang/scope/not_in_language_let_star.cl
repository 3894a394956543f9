(io:print "before")
(let* 1)
