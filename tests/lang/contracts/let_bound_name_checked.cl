(spec:contract f :requires [(> x 0)])
(io:print (let ((f (lambda (x) x))) (f 1)))
(let ((f (lambda (x) x))) (f -1))
