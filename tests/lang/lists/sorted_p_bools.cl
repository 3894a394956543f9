(io:print "before")
(sorted? [#f #t])
