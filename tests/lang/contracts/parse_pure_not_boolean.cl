(io:print "before")
(spec:contract f :pure 1)
