(module m (export f) (tuple (lambda (x) x)))
