(dir-create "")
