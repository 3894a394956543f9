(datetime:create 2024 13 1 0 0 0)
