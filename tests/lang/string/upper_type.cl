(string-upper #t)
