(file-write-lines "none/a.txt" ["x"])
