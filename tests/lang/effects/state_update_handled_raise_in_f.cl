; An error inside F that a handler answers is not a failure: F goes on with the handler's value.
(error:catch "boom" (lambda (err) 0))
(state:set "k" 1)
(io:print (state:update "k" (lambda (x) (+ 100 (error:raise "boom" "no")))))
(io:print (state:get "k"))
