(io:print "before")
(json-parse "{\"a\": [1, {\"b\": tru}]}")
