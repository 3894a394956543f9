(io:print "before")
(data shape (C))
