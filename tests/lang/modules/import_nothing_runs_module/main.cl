(io:print "main starts")
(import "lib")
(io:print "main continues")
(io:print (square 2))
