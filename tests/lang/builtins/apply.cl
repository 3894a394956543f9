(io:print (apply + [1 2 3]) (apply + []) (apply (lambda (a b) (- a b)) [10 3]) (apply list [1 2]))
(data Opt (Some a))
(io:print (apply Some [1]) (apply apply [+ [1 2]]) (apply map [(lambda (x) (* x x)) [1 2]]) (apply (lambda () "none") []))
