(io:print "before")
(json-parse ".5")
