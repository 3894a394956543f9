(pure (lambda () (datetime:today)))
