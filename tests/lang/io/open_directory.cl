(dir-create "d")
(io:open-file "d" "r")
