(io:print (iterate (lambda (x) (* x 2)) 1 5) (iterate identity 1 0) (iterate identity 1 -1) (iterate (lambda (x) (head [])) 7 1))
(io:print (replicate 3 (lambda (i) (* i i))) (replicate 0 identity) (replicate -2 identity) (replicate 2 list))
