(file-write "a.txt" "data")
(define h (io:open-file "a.txt" "r"))
(io:print (io:read-file h))
(io:write-file h "x")
