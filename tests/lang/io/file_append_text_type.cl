(file-append "a.txt" ["x"])
