(pure (lambda () (uncertain (1.0 "x"))))
