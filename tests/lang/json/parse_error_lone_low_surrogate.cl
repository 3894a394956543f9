(io:print "before")
(json-parse "\"\\udc00\"")
