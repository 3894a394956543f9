(io:print "before")
(div "7" 2)
