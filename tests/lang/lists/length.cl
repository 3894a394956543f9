(io:print (length []) (length [1 2 3]) (length [[1 2] 3]) (length (range 0 1000)))
