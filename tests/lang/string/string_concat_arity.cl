(string-concat)
