(io:print "before")
(json-parse "-NaN")
