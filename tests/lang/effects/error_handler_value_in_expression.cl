; The handler's value replaces the raise expression and the enclosing computation goes on.
(error:catch "neg" (lambda (e) (* -1 (dict-get e "data"))))
(define (check n) (if (< n 0) (error:raise "neg" "negative" n) n))
(io:print (map check [1 -2 3 -4]))
(io:print (+ 1 (check -10)))
