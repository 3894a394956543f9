(io:print (string-ref "abc" 0) (string-ref "abc" 2) (char-at "abc" 1))
(io:print (string-ref "日本語" 1) (char-at "😀x" 0) (string-length (string-ref "😀x" 0)))
(io:print [(string-ref "a\"b" 1) (char-at "\n" 0)])
(io:print (== (string-ref "hello" 1) "e"))
