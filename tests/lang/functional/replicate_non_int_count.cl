(io:print "before")
(replicate "3" identity)
