(json-stringify (dict-set (dict-new) "f" identity))
