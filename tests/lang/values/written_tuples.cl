(io:print (tuple 1 "a") (tuple) (tuple (tuple)) [(tuple 1) (tuple 2 [3])])
(io:print (parallel 1 2) (parallel))
