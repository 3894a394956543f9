(datetime:equal? nil (date:create 2024 1 1))
