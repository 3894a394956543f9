(io:print "before")
(to-int (- 1e400 1e400))
