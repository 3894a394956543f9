(io:print "before")
(let x 5 x)
