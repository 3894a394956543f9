(io:print "before")
(map (lambda (x) (head x)) [[1] []])
