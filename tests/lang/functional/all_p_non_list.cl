(io:print "before")
(all? even? 5)
