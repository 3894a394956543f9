(time:sleep 1e300)
