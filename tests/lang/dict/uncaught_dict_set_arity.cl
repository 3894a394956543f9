(dict-set (dict-new) "k")
