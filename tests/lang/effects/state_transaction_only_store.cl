; A rollback restores the store only: output and variables keep their changes.
(define counter 0)
(state:begin-transaction)
(io:print "printed inside")
(define counter 5)
(state:set "a" 1)
(state:rollback-transaction)
(io:print (state:get "a") counter)
