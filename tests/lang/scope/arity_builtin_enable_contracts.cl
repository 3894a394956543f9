(io:print "before")
(enable-contract-checking! 1)
