(io:print "before")
(print-line)
