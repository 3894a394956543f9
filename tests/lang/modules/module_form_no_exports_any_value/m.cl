(module m 42)
(io:print "module ran")
