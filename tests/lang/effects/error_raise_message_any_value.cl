(error:catch "t" (lambda (e) (dict-get e "message")))
(io:print (error:raise "t" 42))
(io:print (error:raise "t" [1 2]))
