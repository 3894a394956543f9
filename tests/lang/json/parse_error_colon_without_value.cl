(io:print "before")
(json-parse "{\"a\":")
