(io:print "before")
(: 5 (List 1))
