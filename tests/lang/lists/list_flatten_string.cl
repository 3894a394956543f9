(io:print "before")
(list-flatten "abc")
