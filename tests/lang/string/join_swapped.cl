(string-join ["a" "b"] ", ")
