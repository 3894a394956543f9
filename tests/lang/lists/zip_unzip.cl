(io:print (list-zip [1 2 3] ["a" "b"]) (list-zip [] [1]) (list-zip [1] []))
(io:print (list-unzip [(tuple 1 "a") [2 "b"]]) (list-unzip []))
(io:print (list-unzip (list-zip [1 2] [3 4])))
