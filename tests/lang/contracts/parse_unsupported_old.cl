(io:print "before")
(spec:contract f :abstract [#t])
