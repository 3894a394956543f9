(concat "a")
