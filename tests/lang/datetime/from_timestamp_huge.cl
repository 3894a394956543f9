(datetime:from-timestamp 1e20)
