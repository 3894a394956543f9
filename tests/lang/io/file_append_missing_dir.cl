(file-append "nowhere/a.txt" "x")
