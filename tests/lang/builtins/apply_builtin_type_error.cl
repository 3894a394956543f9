(io:print "before")
(apply + [1 "a"])
