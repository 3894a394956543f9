(io:print "before")
(list-sort [1 "a"])
