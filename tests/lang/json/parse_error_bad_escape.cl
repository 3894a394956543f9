(io:print "before")
(json-parse "\"\\x\"")
