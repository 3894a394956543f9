(io:print "before")
(list-sort [#t #f])
