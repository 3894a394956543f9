(io:print "before")
(network:fetch "http://example.com/")
