(io:print "one")
(io:print "two")
(head [])
(io:print "three")
