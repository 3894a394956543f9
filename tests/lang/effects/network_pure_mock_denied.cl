(pure (lambda () (network:mock "u" 1)))
