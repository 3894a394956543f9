(io:print "before")
(curry 1)
