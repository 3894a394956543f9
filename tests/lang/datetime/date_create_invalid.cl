(date:create 2023 2 29)
