(io:print "before")
(to-int "5 ")
