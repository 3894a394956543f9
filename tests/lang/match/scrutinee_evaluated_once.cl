(io:print (match (do (io:print "evaluated") 7) (1 "one") (2 "two") (x x)))
