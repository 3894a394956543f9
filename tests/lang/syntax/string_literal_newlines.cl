(io:print "multi
line")
(io:print ["x
y"])
(io:print "tab	inside" ["tab	inside"])
