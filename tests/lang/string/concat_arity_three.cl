(concat "a" "b" "c")
