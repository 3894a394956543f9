(io:print "before")
(* "ab" 3)
