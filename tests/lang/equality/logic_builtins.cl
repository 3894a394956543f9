(io:print (not 0) (not nil) (not #f) (not []))
(io:print (xor 1 nil) (xor 0 "") (xor #f nil) (xor nil 5) (xor #t #t))
(io:print (implies #f (head [1])) (implies nil 5) (implies 0 5) (implies 1 #f) (implies 1 nil))
(io:print (iff 0 "") (iff nil #f) (iff 1 nil) (iff #f 2) (iff [] [1]))
