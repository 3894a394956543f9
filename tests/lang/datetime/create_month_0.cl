(datetime:create 2024 0 1 0 0 0)
