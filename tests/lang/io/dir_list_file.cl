(file-write "f" "")
(dir-list "f")
