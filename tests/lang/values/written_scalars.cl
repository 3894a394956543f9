(io:print 42 -250 100000000000000000000 0 -0)
(io:print 2.5 1e16 -0.0 1e400 -1e400 (- 1e400 1e400))
(io:print #t #f nil)
(io:print (do) (begin) (io:print))
