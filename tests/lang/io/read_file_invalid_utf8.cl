(file-write "u.txt" "aé")
(let ((h (io:open-file "u.txt" "r+"))) (io:write-file h "ab"))
(io:read-file (io:open-file "u.txt" "r"))
