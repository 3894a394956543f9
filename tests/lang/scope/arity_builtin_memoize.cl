(io:print "before")
(memoize)
