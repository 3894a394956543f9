(pure (lambda () (time:now)))
