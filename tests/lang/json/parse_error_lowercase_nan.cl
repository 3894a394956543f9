(io:print "before")
(json-parse "nan")
