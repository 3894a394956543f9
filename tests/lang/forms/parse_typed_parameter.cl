(io:print "before")
(lambda ((x : Int)) x)
