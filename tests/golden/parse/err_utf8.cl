(io:print "café")
(f ÿ x)
; comment À€
(g "fine")
