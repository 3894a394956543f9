(time:sleep -0.001)
