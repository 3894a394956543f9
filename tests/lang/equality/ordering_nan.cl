(define nan (- 1e400 1e400))
(io:print (< nan 1) (> nan 1) (<= nan nan) (>= nan nan) (< 1 nan) (<= nan 1) (< nan nan))
(io:print (< [nan] [1]) (< [1 nan] [1 2]))
