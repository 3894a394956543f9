(io:print "before")
(to-int "")
