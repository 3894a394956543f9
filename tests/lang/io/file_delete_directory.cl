(dir-create "d")
(io:print (file-exists? "d"))
(file-delete "d")
