(io:print "before")
(spec:contract f :complexity 5)
