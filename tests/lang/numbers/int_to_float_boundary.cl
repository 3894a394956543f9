(define two-1024 (apply * (repeat 2 1024)))
(define two-970 (apply * (repeat 2 970)))
(io:print (+ 0.0 (- two-1024 two-970 1)))
(io:print (+ 0.0 (- two-1024 two-970)))
