(io:print "before")
(spec:contract f :pure "yes")
