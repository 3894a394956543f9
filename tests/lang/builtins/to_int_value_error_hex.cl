(io:print "before")
(to-int "0x1F")
