(io:print "ok")
(substring "hello" 3 2)
