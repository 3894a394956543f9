; Failing language operations are errors of their KIND: handled and logged like raises.
(error:catch "division-by-zero" (lambda (e) 0))
(error:catch "index-out-of-range" (lambda (e) "none"))
(io:print (map (lambda (x) (/ 10 x)) [5 0]))
(io:print (random:choice []))
(io:print (map (lambda (e) (dict-get e "type")) (error:get-errors)))
(io:print (dict-get (head (error:get-errors)) "data"))
