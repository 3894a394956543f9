(io:print "before")
(match [1] ([... [a]] 1))
