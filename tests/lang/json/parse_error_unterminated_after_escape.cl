(io:print "before")
(json-parse "\"\\u00e9")
