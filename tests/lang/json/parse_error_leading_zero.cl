(io:print "before")
(json-parse "01")
