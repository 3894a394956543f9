(io:print "before")
(cons "a" "bc")
