(dir-create "d")
(file-append "d" "x")
