(substring "" 0 1)
