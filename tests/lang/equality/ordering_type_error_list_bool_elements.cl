(io:print "before")
(io:print (< [#t] [#f]))
