(time:set-mock)
