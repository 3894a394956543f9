(io:print "before")
(pipe identity 2)
