(module m (export a b) (tuple 1))
