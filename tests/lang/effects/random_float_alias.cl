(let ((x (random:random)) (y (effect random:random)))
  (io:print (float? x) (>= x 0.0) (< x 1.0) (float? y)))
(io:print (with-handler (dict-set (dict-new) "random:float" (lambda () 0.25))
                        (lambda () (list (random:float) (random:random) (effect random:random)))))
