(json-stringify (tuple 1 identity))
