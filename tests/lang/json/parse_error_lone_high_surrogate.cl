(io:print "before")
(json-parse "\"\\ud800\"")
