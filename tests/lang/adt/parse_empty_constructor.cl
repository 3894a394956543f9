(io:print "before")
(data T ())
