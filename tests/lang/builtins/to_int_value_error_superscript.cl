(io:print "before")
(to-int "²")
