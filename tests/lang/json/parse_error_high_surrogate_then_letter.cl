(io:print "before")
(json-parse "\"\\ud83dA\"")
