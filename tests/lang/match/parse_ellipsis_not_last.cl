(io:print "before")
(match [1] ([... r x] 1))
