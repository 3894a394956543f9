(json-parse)
