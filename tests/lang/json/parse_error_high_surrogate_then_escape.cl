(io:print "before")
(json-parse "\"\\ud83d\\u0041\"")
