(io:print "before")
(match [1] ([... 5] 1))
