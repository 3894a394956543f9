(dir-create "d")
(file-write "d" "x")
