(string-upcase 5)
