(pure (lambda () (state:begin-transaction)))
