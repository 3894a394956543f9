(io:print "before")
((compose identity identity) 1 2)
