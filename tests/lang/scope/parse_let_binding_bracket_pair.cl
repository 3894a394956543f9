(io:print "before")
(let ([x 1]) x)
