(io:print "before")
(chunk 1.0 [1])
