(io:print "before")
(json-parse "tru")
