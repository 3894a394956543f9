(time:sleep #t)
