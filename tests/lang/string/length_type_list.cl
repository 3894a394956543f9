(string-length [1 2])
