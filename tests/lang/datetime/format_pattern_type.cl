(datetime:format (date:create 2024 1 1) 5)
