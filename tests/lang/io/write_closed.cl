(define h (io:open-file "a.txt" "w"))
(io:close-file h)
(io:write-file h "x")
