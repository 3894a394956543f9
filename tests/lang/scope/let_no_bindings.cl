(io:print (let () 5))
(io:print (let () (io:print "x") 6))
