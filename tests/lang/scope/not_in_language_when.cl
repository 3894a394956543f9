(io:print "before")
(when 1)
