(if #t (io:print "then") (io:print "else"))
(if #f (io:print "then") (io:print "else"))
(io:print (if #t 1 (head [])))
(io:print (if #f (head []) 2))
