(json-stringify (dict-set (dict-new) [1] 2))
