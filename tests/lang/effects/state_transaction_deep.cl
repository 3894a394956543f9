; Five nested transactions, each setting its level; rolled back one at a time.
(define (begin-levels i n)
  (if (> i n)
      nil
      (do (state:begin-transaction) (state:set "level" i) (begin-levels (+ i 1) n))))
(state:set "level" 0)
(begin-levels 1 5)
(define (unwind)
  (if (== (state:get "level") 0)
      nil
      (do (io:print (state:get "level")) (state:rollback-transaction) (unwind))))
(unwind)
(io:print (state:get "level"))
