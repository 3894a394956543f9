(io:print (file-exists? "a.txt"))
(io:open-file "a.txt" "x")
