(random:shuffle (tuple 1 2))
