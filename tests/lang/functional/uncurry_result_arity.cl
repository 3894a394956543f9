(io:print "before")
((uncurry (curry list)) 1)
