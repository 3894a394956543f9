(pure (lambda () (state:update "a" (lambda (x) 1))))
