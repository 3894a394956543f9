(datetime:parse-iso (date:create 2024 1 1))
