(io:print "Hello from ClaudeLang")
