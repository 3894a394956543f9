(io:print "before")
(* (apply * (repeat 10 400)) 0.5)
