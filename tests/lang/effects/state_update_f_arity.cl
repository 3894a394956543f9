(state:update "k" (lambda () 1))
