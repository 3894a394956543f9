;; A small program that uses most of the language.
(data Tree (Leaf) (Node Tree Int Tree))

(spec:contract insert
  :requires [(int? v)])
(define (insert t v)
  (match t
    (Leaf (Node (Leaf) v (Leaf)))
    ((Node l x r)
     (if (< v x)
         (Node (insert l v) x r)
         (Node l x (insert r v))))))

(let ((build (lambda (xs t)
               (match xs
                 ([] t)
                 ([y ... rest] (build rest (insert t y)))))))
  (io:print (build [5 3 8 1] (Leaf))))
