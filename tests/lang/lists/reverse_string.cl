(io:print "before")
(reverse "abc")
