; Insert 200,000 pseudo-random keys into a persistent binary search tree built from ADT values,
; then count the nodes and sum the keys. Keys come from the Park-Miller generator, whose
; products stay below 2^53 so that LuaJIT's doubles compute the same keys.
(data Tree (Leaf) (Node Tree Int Tree))
(define (insert t k)
  (match t
    ((Leaf) (Node (Leaf) k (Leaf)))
    ((Node l v r) (if (< k v) (Node (insert l k) v r)
                      (if (> k v) (Node l v (insert r k)) t)))))
(define (size t) (match t ((Leaf) 0) ((Node l v r) (+ (size l) 1 (size r)))))
(define (total t) (match t ((Leaf) 0) ((Node l v r) (+ (total l) v (total r)))))
(define (fill t i seed)
  (if (== i 0) t
      (let ((next (mod (* seed 48271) 2147483647)))
        (fill (insert t (mod next 1000000)) (- i 1) next))))
(let ((t (fill (Leaf) 200000 42)))
  (io:print (size t) (total t)))
