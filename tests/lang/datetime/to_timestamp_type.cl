(datetime:to-timestamp 1700000000)
