(io:print (concat "ab" "cd") (concat "" "") (concat "" "x") (concat "x" ""))
(io:print (string-concat "日本" "語") (string-length (concat "日本" "語")))
(io:print [(concat "a\"" "\\b")])
(io:print (== (concat "ab" "c") (string-concat "a" "bc")))
