(io:print (let ((f (lambda () x)) (x 5)) (f)))
(io:print (let ((f (lambda () x)) (x 5) (x 6)) (f)))
