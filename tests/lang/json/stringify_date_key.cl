(json-stringify (dict-set (dict-new) (date:create 2024 1 1) 2))
