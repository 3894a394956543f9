(io:print "before")
(match 5 (0 "zero") ("5" "string"))
