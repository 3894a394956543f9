(io:print "before")
(spec:contract f :foo [#t])
