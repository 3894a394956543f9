(io:print "before")
(match [1] ([... a ... b] 1))
