(io:print "before")
(list-sort [nil nil])
