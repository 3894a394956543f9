(io:print (/ 4 2) (float? (/ 4 2)) (/ 0 5) (/ 9007199254740993 1) (/ 1 49))
(io:print (/ (apply * (repeat 10 400)) (apply * (repeat 10 399))) (/ 1 (apply * (repeat 10 400))) (/ (+ (apply * (repeat 10 400)) 1) (apply * (repeat 10 399))))
