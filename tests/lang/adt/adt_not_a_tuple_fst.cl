(data Opt (Some a))
(io:print "before")
(fst (Some 1))
