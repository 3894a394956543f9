(io:print "before")
(match 1 ((C ... r) 1))
