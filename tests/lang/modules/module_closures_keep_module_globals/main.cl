(import "m" (get bump))
(define counter "main counter")
(io:print (get))
