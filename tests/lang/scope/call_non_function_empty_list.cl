(io:print "before")
(() 1)
