(io:print (all? even? [2 4]) (all? even? [2 3]) (all? even? []) (any? even? [1 2]) (any? even? [1 3]) (any? even? []))
(io:print (none? even? [1 3]) (none? even? [1 2]) (none? even? []))
(io:print (all? identity [1 2]) (any? identity [nil 7]) (none? identity [nil 7]))
(io:print (all even? [2]) (any even? [1]) (all even? []) (any even? []))
