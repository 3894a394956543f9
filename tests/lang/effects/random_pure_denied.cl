(pure (lambda () (random:int 1 2)))
