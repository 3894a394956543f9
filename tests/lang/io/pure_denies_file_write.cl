(io:print "before")
(pure (lambda () (file-write "p.txt" "x")))
