(io:print "before")
(fst "ab")
