(io:print "before")
(partial-right nil 2)
