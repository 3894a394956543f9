(io:print "before")
(io:print (> "a" ["a"]))
