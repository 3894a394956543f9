(io:print "before")
(spec:contract f :requires)
