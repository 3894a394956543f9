(io:print (let ((loop (lambda (n) (if (== n 0) "let lambda" (loop (- n 1)))))) (loop 1000000)))
