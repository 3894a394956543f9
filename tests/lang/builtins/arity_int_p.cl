(io:print "before")
(int? 1 2)
