(io:print "before")
(json-parse "\"abc")
