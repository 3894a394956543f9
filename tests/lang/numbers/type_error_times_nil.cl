(io:print "before")
(* nil 2)
