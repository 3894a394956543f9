(io:print (nth [1 2 3] 0) (nth [1 2 3] 2) (nth [[1] [2]] 1) (nth (range 0 1000) 999))
