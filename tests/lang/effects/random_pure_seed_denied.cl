(pure (lambda () (random:seed 1)))
