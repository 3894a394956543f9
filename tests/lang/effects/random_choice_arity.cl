(random:choice [1] [2])
