; Inside pure, a with-handler established inside the thunk may still answer an operation.
(io:print (pure (lambda ()
  (with-handler (dict-set (dict-new) "state:get" (lambda (k) 42))
                (lambda () (state:get "x"))))))
