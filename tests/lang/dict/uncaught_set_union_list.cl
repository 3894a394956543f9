(set-union (set-new) [1])
