(define h (io:open-file "a.txt" "a"))
(io:read-file h)
