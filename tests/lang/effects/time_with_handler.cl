(define clock (dict-set (dict-set (dict-new) "time:now" (lambda () 42.0))
                        "time:sleep" (lambda (s) (list "slept" s))))
(io:print (with-handler clock (lambda () (list (time:now) (time:sleep 1000) (effect time:now)))))
