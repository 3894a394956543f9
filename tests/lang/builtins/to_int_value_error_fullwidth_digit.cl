(io:print "before")
(to-int "５")
