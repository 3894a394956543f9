(define (h1 op f) (dict-set (dict-new) op f))
(io:print (with-handler (h1 "error:raise" (lambda (t m d) [t m d])) (lambda () (error:raise "my-type" "msg" 5))))
(io:print (with-handler (h1 "error:raise" (lambda (t m d) t)) (lambda () (list (head [])))))
(io:print (with-handler (h1 "error:raise" (lambda (t m d) 0)) (lambda () (map (lambda (x) (/ 10 x)) [5 0]))))
