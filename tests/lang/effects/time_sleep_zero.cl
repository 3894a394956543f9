(io:print (time:sleep 0) (time:sleep 0.0))
