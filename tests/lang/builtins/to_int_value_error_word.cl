(io:print "before")
(to-int "five")
