(io:print "before")
(json-parse "\"\\ud83d\\uzzzz\"")
