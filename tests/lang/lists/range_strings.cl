(io:print "before")
(range "a" "b")
