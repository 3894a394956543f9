; The handler is called with one argument, the error dict.
(error:catch "x" (lambda () "no parameters"))
(error:raise "x" "m")
