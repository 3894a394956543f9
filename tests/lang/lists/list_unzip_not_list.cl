(io:print "before")
(list-unzip 5)
