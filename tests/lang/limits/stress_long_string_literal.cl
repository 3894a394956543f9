(define s "ababababab")
(io:print (== s s) [(nth [s] 0)] )
