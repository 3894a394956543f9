(data Tree (Leaf) (Node Tree Int Tree))
(define (insert t v)
  (match t
    (Leaf (Node (Leaf) v (Leaf)))
    ((Node l x r) (if (< v x) (Node (insert l v) x r) (Node l x (insert r v))))))
(define (walk t) (match t (Leaf []) ((Node l x r) (append (walk l) (cons x (walk r))))))
(define t (fold insert (Leaf) [5 3 8 1 4]))
(io:print (walk t))
(io:print t)
