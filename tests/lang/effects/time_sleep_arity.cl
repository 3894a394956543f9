(time:sleep)
