(data Opt (Some a))
(io:print "before")
(length (Some 1))
