(datetime:add-minutes (date:create 2024 1 1) (json-parse "NaN"))
