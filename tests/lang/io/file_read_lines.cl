(file-write "lf.txt" "one\ntwo\nthree\n")
(io:print (file-read-lines "lf.txt"))
(let ((h (io:open-file "mixed.txt" "w")))
  (do (io:write-file h "a")
      (io:write-file h "\nb")
      (io:write-file h "\n")
      (io:write-file h "c")
      (io:close-file h)))
(io:print (file-read-lines "mixed.txt"))
(file-write "blank.txt" "x\n\ny\n\n")
(io:print (file-read-lines "blank.txt"))
(file-write "nl.txt" "\n")
(io:print (file-read-lines "nl.txt"))
(file-write "empty.txt" "")
(io:print (file-read-lines "empty.txt"))
(file-write "last.txt" "no final newline")
(io:print (file-read-lines "last.txt"))
(file-write "tabs.txt" "a\tb \n  c  ")
(io:print (file-read-lines "tabs.txt"))
