(io:print "before")
(json-parse "{\"a\": 1,}")
