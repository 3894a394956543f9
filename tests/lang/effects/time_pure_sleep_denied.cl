(pure (lambda () (time:sleep 0)))
