(string-trim 5)
