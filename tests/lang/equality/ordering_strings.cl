(io:print (< "a" "b") (< "Z" "a") (< "ab" "abc") (< "abc" "ab") (< "" "a") (< "é" "z") (< "z" "é"))
(io:print (<= "a" "a") (>= "b" "a") (> "b" "a") (< "a" "a"))
(io:print (< "😀" "�"))
