(io:print (let ((a 2) (b (* a 10))) b))
(io:print (let ((a 1) (b (+ a 1)) (c (+ b 1))) [a b c]))
