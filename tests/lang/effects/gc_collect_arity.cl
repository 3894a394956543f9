(gc:collect 1)
