(io:print "before")
(let (("x" 1)) 1)
