(io:print "before")
(json-parse "\"\\u12g4\"")
