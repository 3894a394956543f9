(io:print "before")
(io:print "aÿb")
