(io:print "before")
(chunk 1 5)
