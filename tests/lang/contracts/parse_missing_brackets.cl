(io:print "before")
(spec:contract f :requires (> x 0))
