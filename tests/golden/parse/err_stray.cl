(io:print "one"))
(io:print "two")
]])
