(dir-list nil)
