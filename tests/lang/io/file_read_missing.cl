(io:print "start")
(file-read "missing.txt")
(io:print "not reached")
