(io:print "before")
(repeat 1 "a")
