(module m (export a) [1])
