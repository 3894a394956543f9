(let ((fact (lambda (n acc) (if (== n 0) acc (fact (- n 0) (* acc n))))))
  (let ((f (fact 1000 1)))
    (io:print (string-length (to-string f)) (mod f 1000000007))))
