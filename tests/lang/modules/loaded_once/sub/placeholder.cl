(define unused 0)
