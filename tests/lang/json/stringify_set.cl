(json-stringify (set-from-list [1 2]))
