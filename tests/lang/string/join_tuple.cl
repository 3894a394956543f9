(string-join "," (tuple "a" "b"))
