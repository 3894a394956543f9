(io:print (match 5 (_ "any")))
(io:print (match 5 (x (+ x 1))))
(io:print (match [1 2] (xs (length xs))))
(io:print (match 1 (_tmp _tmp)) (match 2 (x? x?)) (match 3 (*acc* *acc*)) (match 4 (a-b a-b)))
