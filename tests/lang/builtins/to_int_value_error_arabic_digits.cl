(io:print "before")
(to-int "٤٢")
