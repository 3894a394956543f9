(time:set-mock 100000000000000000000)
(io:print (time:now))
