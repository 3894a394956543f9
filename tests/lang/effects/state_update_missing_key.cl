(define (count x) (if (nil? x) 1 (+ x 1)))
(io:print (state:update "n" count))
(io:print (state:update "n" count))
(io:print (state:get "n"))
