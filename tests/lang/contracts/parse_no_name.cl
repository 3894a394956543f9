(io:print "before")
(spec:contract)
