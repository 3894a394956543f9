(file-write "h.txt" "x")
(io:read-file "h.txt")
