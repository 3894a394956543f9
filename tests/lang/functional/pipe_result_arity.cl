(io:print "before")
((pipe identity identity))
