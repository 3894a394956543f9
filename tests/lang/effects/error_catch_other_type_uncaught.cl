(error:catch "a" (lambda (e) "a"))
(io:print (error:raise "a" "m"))
(error:raise "b" "m")
