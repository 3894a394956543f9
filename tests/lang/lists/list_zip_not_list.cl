(io:print "before")
(list-zip [1] 5)
