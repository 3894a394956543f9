(round (* 1e308 10))
