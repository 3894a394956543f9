(string-upcase)
