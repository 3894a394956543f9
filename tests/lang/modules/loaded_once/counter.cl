(io:print "counter loaded")
(define value 42)
(export value)
