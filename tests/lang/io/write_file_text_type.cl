(define h (io:open-file "a.txt" "w"))
(io:write-file h 5)
