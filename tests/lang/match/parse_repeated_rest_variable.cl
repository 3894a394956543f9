(io:print "before")
(match [1 2] ([x ... x] x))
