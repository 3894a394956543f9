(define nan (- 1e400 1e400))
(io:print nan (== nan nan) (!= nan nan) (== [nan] [nan]) (== (tuple nan) (tuple nan)))
(define xs [nan])
(io:print (== xs xs) (== nan 0) (= nan nan) (not= nan nan))
