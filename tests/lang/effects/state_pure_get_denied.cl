(pure (lambda () (state:get "a")))
