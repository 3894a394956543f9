(io:print "before")
(spec:contract 5 :requires [#t])
