(io:print "before")
(sorted? 5)
