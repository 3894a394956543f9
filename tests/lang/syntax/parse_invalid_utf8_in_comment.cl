(io:print "before")
; Ã( bad
