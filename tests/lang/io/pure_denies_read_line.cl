(pure (lambda () (read-line)))
