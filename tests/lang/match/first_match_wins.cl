(io:print (match 1 (x "variable") (1 "literal")))
(io:print (match [1 2] ([... r] "rest") ([a b] "pair")))
(io:print (match 2 (1 "one") (2 "first two") (2 "second two")))
