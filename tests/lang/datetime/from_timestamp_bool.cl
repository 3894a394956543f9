(datetime:from-timestamp #t)
