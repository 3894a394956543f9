(io:print "before")
(state:frobnicate)
