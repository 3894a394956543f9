(time:now 1)
