(io:print "before")
(match [1 2 3] ([a b] a) ([] 0))
