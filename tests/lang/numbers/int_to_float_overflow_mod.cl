(io:print "before")
(mod (apply * (repeat 10 400)) 2.5)
