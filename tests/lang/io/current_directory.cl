(io:print (dir-list (current-directory)))
(file-write "f.txt" "x")
(io:print (dir-list ".") (file-exists? (current-directory)))
(io:print (== (dir-list (current-directory)) (dir-list ".")) (string? (current-directory)))
