(file-write "u.txt" "ok\né")
(let ((h (io:open-file "u.txt" "r+"))) (io:write-file h "ok\nx"))
(file-read-lines "u.txt")
