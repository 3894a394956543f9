(spec:contract f :complexity "O(n^2)" :requires [#t])
(define (f) "ok")
(io:print (f))
