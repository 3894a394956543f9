; The innermost handler wins; a handler runs outside its own with-handler.
(define outer (dict-set (dict-new) "state:get" (lambda (k) "outer")))
(define inner (dict-set (dict-new) "state:get" (lambda (k) (string-append "inner+" (state:get k)))))
(io:print (with-handler outer (lambda () (with-handler inner (lambda () (state:get "k"))))))
(io:print (with-handler inner (lambda () (state:get "k"))))
