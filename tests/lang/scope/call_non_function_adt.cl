(io:print "before")
(data T (C)) ((C))
