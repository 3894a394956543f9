(io:print "before")
(list-flatten 5)
