(io:print "a runs")
(import "missing")
