(pure (lambda () (dir-list ".")))
