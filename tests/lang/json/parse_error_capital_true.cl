(io:print "before")
(json-parse "True")
