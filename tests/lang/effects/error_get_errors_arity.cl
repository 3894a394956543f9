(error:get-errors 1)
