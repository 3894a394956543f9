(io:print "before")
(type Point (Tuple Int Int))
