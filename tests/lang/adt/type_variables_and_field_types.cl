(data Maybe a (Just a) (Nothing))
(data Pair a b (MkPair a b))
(data Fn (Wrap (Function Int Int)) (Many (List (Tuple a b))) (Arrow (-> Int Int)))
(io:print (Just 1) (Nothing) (MkPair 1 "x") (Wrap 1) (Many []) (Arrow 2))
