(define main-global 5)
(import "m" (peek))
(io:print "imported")
(peek)
