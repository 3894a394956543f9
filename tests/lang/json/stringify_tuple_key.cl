(json-stringify (dict-set (dict-new) (tuple 1 2) 2))
