(io:print "before")
(/ (apply * (repeat 10 400)) 1)
