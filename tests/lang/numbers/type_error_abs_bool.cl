(io:print "before")
(abs #t)
