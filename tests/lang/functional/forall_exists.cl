(io:print (forall "ignored" [1 2] positive?) (exists 0 [-1 2] positive?) (forall nil [] positive?) (exists nil [] positive?))
(io:print (forall (io:print "v evaluated") [1] positive?))
