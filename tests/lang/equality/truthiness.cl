(io:print (map not [#f nil 0 0.0 "" [] (tuple) -0.0 #t]))
(io:print (filter identity [0 #f nil "" [] 1 (tuple)]))
(io:print (list-find identity [#f nil 0]) (all? identity [0 "" []]) (any? identity [#f nil]) (none? identity [#f nil]))
(io:print (list-partition identity [#f 0 nil ""]))
