(datetime:now 1)
