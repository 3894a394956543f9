(io:print "before")
(error:raise)
