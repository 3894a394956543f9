(io:print "before")
(string? 1 2)
