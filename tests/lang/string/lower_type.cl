(string-lower 1.5)
