(datetime:create 2024 2 30 0 0 0)
