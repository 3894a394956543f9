(io:print (match 2 (x (io:print "a") (io:print "b") (* x 10))))
