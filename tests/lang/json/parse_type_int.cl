(json-parse 42)
