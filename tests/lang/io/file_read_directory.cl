(dir-create "d")
(file-read "d")
