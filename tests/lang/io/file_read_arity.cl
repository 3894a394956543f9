(file-read "a" "b")
