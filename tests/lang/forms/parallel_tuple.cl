(io:print (parallel 1 (+ 1 1) "x"))
(io:print (parallel))
(io:print (parallel (io:print "a") (io:print "b") (io:print "c")))
(io:print (fst (parallel 1 2)) (snd (parallel 1 2)))
