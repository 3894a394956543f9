(io:print (length (range 0 100000)) (length (range 0 1000000)))
