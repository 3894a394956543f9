(data Opt (Some a))
(io:print "before")
(nth (Some 1) 0)
