; With a threshold of 1 (KiB here) building a list collects along the way.
(gc:set-threshold 1)
(define before (dict-get (gc:stats) "collections"))
(define xs (map (lambda (i) (list i i)) (range 0 2000)))
(io:print (> (dict-get (gc:stats) "collections") before) (length xs))
