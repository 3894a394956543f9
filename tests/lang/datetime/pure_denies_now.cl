(io:print (datetime:year (date:create 2024 1 1)))
(pure (lambda () (datetime:now)))
