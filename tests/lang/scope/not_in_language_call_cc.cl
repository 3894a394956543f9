(io:print "before")
(call/cc 1)
