(data P (Pair a b) (Single a))
(io:print "before")
(match (Pair 1 2) ((Single a) a) ((Pair a) a))
