(io:print "before")
(io:print (< [1 "a"] [1 2]))
