(date:create 0 12 31)
