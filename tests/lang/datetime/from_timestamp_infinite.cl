(datetime:from-timestamp (* 1e308 10))
