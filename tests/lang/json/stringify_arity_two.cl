(json-stringify 1 2)
