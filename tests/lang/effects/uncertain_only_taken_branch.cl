(random:seed 4)
(io:print (uncertain (1.0 "first") (0.0 (io:print "never evaluated"))))
