(random:int 5 1)
