(error:catch "index-out-of-range" (lambda (e) "caught by module handler"))
