(io:print "before")
("s")
