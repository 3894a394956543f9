(concat "n=" [5])
