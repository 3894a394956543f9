(factorial 3.0)
