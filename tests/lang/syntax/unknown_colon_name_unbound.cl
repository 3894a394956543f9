(io:print "before")
(io:print math-utils:square)
