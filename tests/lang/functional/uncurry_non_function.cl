(io:print "before")
(uncurry "f")
