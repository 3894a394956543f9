(error:clear-errors 1)
