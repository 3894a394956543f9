(module m (export a) (tuple "from module"))
(define b "from export")
(define secret "x")
(export b secret as c)
