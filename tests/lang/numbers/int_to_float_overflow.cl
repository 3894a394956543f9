(io:print "before")
(+ 1.0 (apply * (repeat 10 400)))
