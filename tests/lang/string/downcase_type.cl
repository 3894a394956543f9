(string-downcase nil)
