(define from-b "sub/b")
(export from-b)
