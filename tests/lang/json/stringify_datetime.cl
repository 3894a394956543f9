(json-stringify [(datetime:create 2024 1 15 10 30 0)])
