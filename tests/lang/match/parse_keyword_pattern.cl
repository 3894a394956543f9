(io:print "before")
(match 1 (:k 1))
