(io:print "before")
(data T (_x Int))
