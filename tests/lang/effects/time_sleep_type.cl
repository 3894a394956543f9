(time:sleep "1")
