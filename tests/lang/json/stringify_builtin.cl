(json-stringify +)
