(define (len xs) (match xs ([] 0) ([_ ... r] (+ 1 (len r)))))
(io:print (len [1 2 3 4]))
(define (classify v)
  (match v
    ([] "empty")
    ([(Some x)] (match x (0 "some zero") (_ "some other")))
    (_ "else")))
(io:print (classify []) (classify [(tuple "Some" 0)]) (classify [(tuple "Some" 1)]) (classify 5))
