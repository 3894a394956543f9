(io:print "before")
(json-parse "infinity")
