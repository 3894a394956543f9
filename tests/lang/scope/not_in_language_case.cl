(io:print "before")
(case 1)
