(io:print 1)
(io:print
  2)
; comment
(io:print [3
4])
