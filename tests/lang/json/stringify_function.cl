(json-stringify (lambda (x) x))
