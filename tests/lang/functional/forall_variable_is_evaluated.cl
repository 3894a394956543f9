(io:print "before")
(io:print (forall x [1] positive?))
