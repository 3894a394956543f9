(effect time:set-mock 7)
(effect time:sleep 1)
(io:print (effect time:now))
