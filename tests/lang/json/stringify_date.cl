(json-stringify (date:create 2024 1 15))
