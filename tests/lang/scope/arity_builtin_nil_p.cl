(io:print "before")
(nil?)
