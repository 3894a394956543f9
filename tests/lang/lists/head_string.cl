(io:print "before")
(head "abc")
