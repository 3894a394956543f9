; Effects: 100,000 updates of the state store, 100,000 io:print calls intercepted by a
; with-handler, and 100,000 calls of which a third raise an error that a with-handler resumes.
(define (count-up i)
  (if (== i 0)
      (state:get "total")
      (do (state:set "total" (+ (state:get "total") i))
          (count-up (- i 1)))))
(define (shout i)
  (if (== i 0)
      nil
      (do (io:print i)
          (shout (- i 1)))))
(define (risky i)
  (if (== (mod i 3) 0) (error:raise "divisible" "divisible by three" i) i))
(define (sum-risky i acc)
  (if (== i 0) acc (sum-risky (- i 1) (+ acc (risky i)))))
(state:set "total" 0)
(state:set "printed" 0)
(with-handler (dict-set (dict-new) "io:print"
                        (lambda (x) (state:set "printed" (+ (state:get "printed") x))))
  (lambda () (shout 100000)))
(io:print (count-up 100000)
          (state:get "printed")
          (with-handler (dict-set (dict-new) "error:raise"
                                  (lambda (type message payload) (- 0 payload)))
            (lambda () (sum-risky 100000 0))))
