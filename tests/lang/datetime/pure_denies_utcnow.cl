(pure (lambda () (datetime:utcnow)))
