(random:int 1)
