(io:print (do) (begin))
(io:print (do 1 2 3) (begin 1 2 3))
(io:print (do (io:print "first") "second"))
(io:print (begin (io:print "b1") (io:print "b2") "b3"))
