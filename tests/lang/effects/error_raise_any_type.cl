; TYPE may be any value; handlers are found by == on it.
(error:catch 42 (lambda (e) (list "int type" (dict-get e "type"))))
(error:catch [1 "x"] (lambda (e) "list type"))
(error:catch 42.0 (lambda (e) "replaced via 42.0"))
(io:print (error:raise 42 "m"))
(io:print (error:raise [1 "x"]))
