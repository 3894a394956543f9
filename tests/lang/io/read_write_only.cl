(define h (io:open-file "a.txt" "w"))
(io:read-file h)
