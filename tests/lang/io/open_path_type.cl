(io:open-file 1 "r")
