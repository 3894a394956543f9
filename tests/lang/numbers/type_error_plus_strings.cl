(io:print "before")
(+ "a" "b")
