(module m (export f g) (tuple (lambda (x) x) 5))
