(data Opt (Some a))
(io:print "before")
(< (Some 1) (Some 2))
