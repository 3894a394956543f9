; F sees the value from before the call; what it stores itself is overwritten by its result.
(state:set "a" 1)
(io:print (state:update "a" (lambda (x) (do (state:set "a" 50) (+ x 1)))))
(io:print (state:get "a"))
(state:set "log" [])
(state:update "b" (lambda (x) (do (state:update "log" (lambda (l) (cons "inner" l))) "b")))
(io:print (state:get "b") (state:get "log"))
