(io:print "before")
(filter even? nil)
