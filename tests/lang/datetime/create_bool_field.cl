(datetime:create 2024 1 1 #f 0 0)
