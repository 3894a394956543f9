(datetime:create 2024 1 1 24 0 0)
