(io:print "before")
(memoize 5)
