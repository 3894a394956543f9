(string-slice 42 0 1)
