(io:print "before")
(data T (C "Int"))
