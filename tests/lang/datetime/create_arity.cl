(datetime:create 2024 1 1 0 0)
