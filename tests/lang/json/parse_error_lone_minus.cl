(io:print "before")
(json-parse "-")
