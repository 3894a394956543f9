(random:int 1.0 5)
