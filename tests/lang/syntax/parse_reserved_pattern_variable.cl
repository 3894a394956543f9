(io:print "before")
(io:print (match 1 (data 2)))
