(io:print (repeat "x" 3) (repeat 1 0) (repeat 1 -2) (repeat [1] 2))
(io:print (chunk 2 [1 2 3]) (chunk 0 [1]) (chunk -1 [1]) (chunk 5 [1 2]) (chunk 2 []) (chunk 1 [1 2]) (chunk 2 [1 2 3 4]))
(io:print (sliding-window 2 [1 2 3]) (sliding-window 3 [1 2 3]) (sliding-window 4 [1 2 3]) (sliding-window 0 [1 2]) (sliding-window -1 [1]) (sliding-window 1 []))
(io:print (sliding-window 1 [1 2]) (length (sliding-window 2 (range 0 1000))))
