(io:print (sorted? []) (sorted? [1]) (sorted? [1 1 2]) (sorted? [2 1]) (sorted? ["a" "b"]) (sorted? [1 1.0 1]))
(io:print (sorted? [#t]) (sorted? [(tuple 1) (tuple 2)]) (sorted? [1 (- 1e400 1e400)]) (sorted? [[1] [1 0]]))
