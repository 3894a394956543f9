(random:int 1 "5")
