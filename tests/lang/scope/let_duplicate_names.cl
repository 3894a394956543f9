(io:print (let ((x 1) (x (+ x 1))) x))
(io:print (let ((x 1) (y x) (x 10)) [x y]))
