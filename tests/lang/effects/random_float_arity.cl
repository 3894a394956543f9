(random:float 1)
