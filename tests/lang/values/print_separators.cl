(io:print "a" 1 "b" [1 "c"])
(io:print "")
(io:print "" "")
(io:print " x ")
