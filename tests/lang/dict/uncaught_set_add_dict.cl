(set-add (dict-new) 1)
