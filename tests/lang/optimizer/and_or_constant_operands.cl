(io:print (and 1 2) (or #f 3) (and #f (head [])) (or 1 (head [])) (and) (or))
(io:print (and nil (io:print "no")) (or 0 (io:print "no")))
