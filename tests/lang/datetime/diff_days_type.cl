(datetime:diff-days 1 (date:create 2024 1 1))
