(io:print (range 0 20000))
