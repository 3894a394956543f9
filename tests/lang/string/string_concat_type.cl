(string-concat "a" nil)
