(io:print "before")
(:)
