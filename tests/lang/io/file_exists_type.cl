(file-exists? nil)
