(import "m" (say))
(io:print (with-handler (dict-set (dict-new) "io:print" (lambda (x) ["handled" x])) (lambda () (say "hi"))))
