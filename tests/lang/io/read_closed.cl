(define h (io:open-file "a.txt" "w+"))
(io:close-file h)
(io:print "closed")
(io:read-file h)
