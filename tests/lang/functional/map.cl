(io:print (map (lambda (x) (* x x)) [1 2 3]) (map + []) (map - [1 2]) (map list [1 2]) (map head [[1] [2 3]]))
(io:print (map (lambda (x) (io:print "visit" x) x) [1 2 3]))
(data W (Wrap a))
(io:print (map Wrap [1 2]) (map (curry *) [1 2]))
