(string-trim [" a "])
