(io:print "before")
(state:update "k" 5)
