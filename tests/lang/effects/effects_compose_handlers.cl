; One with-handler answering several kinds at once; unhandled kinds still run for real.
(state:set "seen" 0)
(define (work)
  (state:update "seen" (lambda (n) (+ n 1)))
  (list (time:now) (random:int 1 6) (state:get "seen")))
(io:print (with-handler (dict-set (dict-set (dict-new) "time:now" (lambda () 1.5))
                                  "random:int" (lambda (a b) b))
                        work))
