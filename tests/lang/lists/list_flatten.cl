(io:print (list-flatten [[1 2] 3 [4 [5]]]) (list-flatten []) (list-flatten [[] []]) (list-flatten ["ab" (tuple 1) [nil]]))
