(io:print (max 1 1.0) (max 1.0 1) (min 1 1.0) (min 1.0 1) (max 3) (min "x"))
(io:print (max 1 5 3) (min 4 2 8) (max -1 -0.5) (min "b" "a" "c") (max [1 2] [1 3]) (max (tuple 2) (tuple 1)))
(io:print (max 1 123456789012345678901234567890 2.5) (min -1e400 -5))
