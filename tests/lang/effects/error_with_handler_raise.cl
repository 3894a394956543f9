; A with-handler for "error:raise" gets TYPE, MESSAGE, DATA; such errors are not logged.
(error:catch "x" (lambda (e) "error:catch handler"))
(io:print (with-handler (dict-set (dict-new) "error:raise" (lambda (t m d) (list t m d)))
                        (lambda () (error:raise "x" "y" 3))))
(io:print (with-handler (dict-set (dict-new) "error:raise" (lambda (t m d) (list t m d)))
                        (lambda () (error:raise))))
(io:print (error:get-errors))
(io:print (error:raise "x"))
(io:print (length (error:get-errors)))
