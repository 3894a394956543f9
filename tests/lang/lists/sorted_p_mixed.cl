(io:print "before")
(sorted? [1 "a"])
