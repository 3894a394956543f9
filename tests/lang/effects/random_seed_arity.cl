(random:seed)
