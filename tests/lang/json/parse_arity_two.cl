(json-parse "1" "2")
