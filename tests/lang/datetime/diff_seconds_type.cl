(datetime:diff-seconds (date:create 2024 1 1) 0)
