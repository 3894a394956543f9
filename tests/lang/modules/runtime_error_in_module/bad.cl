(io:print "bad runs")
(head [])
