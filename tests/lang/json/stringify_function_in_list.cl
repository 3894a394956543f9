(json-stringify [1 [2 (lambda (x) x)]])
