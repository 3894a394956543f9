(io:print (error:catch "x" (lambda (e) 1)))
