(io:print "before")
((memoize (lambda (x) x)) 1 2)
