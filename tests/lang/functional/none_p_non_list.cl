(io:print "before")
(none? even? "ab")
