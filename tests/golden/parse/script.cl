#!/usr/bin/env claudelang run
; a script with a byte-order mark
(io:print "hi") ; trailing comment
(f)
