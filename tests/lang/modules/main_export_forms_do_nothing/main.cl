(export nothing-here)
(module main (export a b) 5)
(io:print "main ran")
