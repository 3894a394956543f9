(module main (export a) (do (io:print "body evaluated") (tuple 1)))
(io:print "after")
