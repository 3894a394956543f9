(file-delete #t)
