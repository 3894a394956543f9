(io:print (string-length "日本語") (string-length "") (string-length "a b") (string-length "😀"))
(io:print (string-length (string-append "e" (int->char 769))) (string-length "\n\t\"\\"))
(io:print (string-length "añob") (string-length "ÿ€𐍈"))
