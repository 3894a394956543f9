(io:print (random:randint 3 3) (effect random:randint 4 4))
(io:print (with-handler (dict-set (dict-new) "random:int" (lambda (a b) (list "handled" a b)))
                        (lambda () (list (random:randint 1 2) (effect random:randint 3 4)))))
