(io:print "before")
(append "a" "b")
