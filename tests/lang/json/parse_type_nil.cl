(json-parse nil)
