(io:print "before")
(flat-map (lambda (x) (tuple x)) [1])
