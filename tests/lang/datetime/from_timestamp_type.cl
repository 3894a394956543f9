(datetime:from-timestamp "1700000000")
