(io:print "before")
(module a 1)
(module b 2)
