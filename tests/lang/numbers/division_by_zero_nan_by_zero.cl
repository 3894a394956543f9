(io:print "before")
(/ (- 1e400 1e400) 0)
