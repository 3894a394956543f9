(io:print "before")
(spec:contract f [#t])
