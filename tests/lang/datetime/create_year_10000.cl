(datetime:create 10000 1 1 0 0 0)
