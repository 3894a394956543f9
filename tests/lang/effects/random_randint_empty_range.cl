(random:randint 2 1)
