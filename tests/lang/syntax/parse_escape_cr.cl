(io:print "before")
(io:print "a\rb")
