; A handler for state:update receives K and F; nothing is stored unless it stores it.
(state:set "n" 1)
(io:print (with-handler (dict-set (dict-new) "state:update" (lambda (k f) (f 100)))
                        (lambda () (state:update "n" (lambda (x) (+ x 1))))))
(io:print (state:get "n"))
