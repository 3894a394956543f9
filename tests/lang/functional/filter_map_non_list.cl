(io:print "before")
(filter-map identity 5)
