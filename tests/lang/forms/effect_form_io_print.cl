(effect io:print "via effect" 1)
(io:print (effect io:print))
