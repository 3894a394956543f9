(io:print "before")
(sliding-window 1 "ab")
