(datetime:before? (date:create 2024 1 1) "2024-01-02")
