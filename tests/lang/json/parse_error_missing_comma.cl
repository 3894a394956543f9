(io:print "before")
(json-parse "[1 2]")
