(random:seed 1.0)
