(datetime:create 1900 2 29 0 0 0)
