(io:print (list-slice [1 2 3] -2 10) (list-slice [1 2 3 4 5] 1 3) (list-slice [1 2 3] 2 1) (list-slice [1 2 3] -10 -1))
(io:print (list-slice [1 2 3] 0 -1) (list-slice [1 2 3] -1 3) (list-slice [1 2 3] 0 0) (list-slice [1 2 3] 3 5))
(io:print (list-slice [1 2 3] -3 -2) (list-slice [1 2 3] 5 10) (list-slice [1 2 3] -100 100) (list-slice [] 0 5))
(io:print (list-slice [1 2 3] 0 123456789012345678901234567890) (list-slice [1 2 3] -123456789012345678901234567890 1))
