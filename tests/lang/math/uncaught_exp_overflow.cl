(io:print (exp 1000))
