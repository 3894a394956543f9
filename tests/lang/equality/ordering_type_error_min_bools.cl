(io:print "before")
(io:print (min #t #f))
