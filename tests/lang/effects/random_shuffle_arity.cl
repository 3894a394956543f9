(random:shuffle)
