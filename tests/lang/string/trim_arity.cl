(string-trim)
