(io:print "before")
(let)
