(io:print "before")
(do (import "lib" *))
