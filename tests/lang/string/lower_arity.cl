(string-lower)
