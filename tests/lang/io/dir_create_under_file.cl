(file-write "f" "")
(dir-create "f/sub")
