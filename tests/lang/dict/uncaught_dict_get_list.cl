(io:print "before")
(dict-get [1 2] 0)
(io:print "after")
