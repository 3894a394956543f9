(data Tree (Leaf) (Node Tree Int Tree))
(data Opt (Some a) (None))
(io:print (Some 1) (None) (Node (Leaf) 1 (Leaf)) (Some (Some 2.5)))
(io:print [(Some "s") (None)] (tuple (Some [1])))
