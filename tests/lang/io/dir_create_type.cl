(dir-create 5)
