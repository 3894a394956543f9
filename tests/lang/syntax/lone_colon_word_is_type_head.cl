(io:print (: 5 Int))
