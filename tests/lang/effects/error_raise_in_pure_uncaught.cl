(pure (lambda () (error:raise "e" "m")))
