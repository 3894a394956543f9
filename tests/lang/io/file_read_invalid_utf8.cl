(file-write "u.txt" "é")
(let ((h (io:open-file "u.txt" "r+"))) (io:write-file h "x"))
(io:print "written")
(file-read "u.txt")
