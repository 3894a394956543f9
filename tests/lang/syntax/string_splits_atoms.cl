(define a 1)
(define c 3)
(io:print a"b"c)
(io:print [a"x"a])
