(date:create 2024 4 31)
