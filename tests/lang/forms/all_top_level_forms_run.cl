(io:print "a")
(io:print "b")
1
"value not printed"
(io:print "c")
