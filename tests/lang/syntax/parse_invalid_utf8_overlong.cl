(io:print "before")
(io:print "À¯")
