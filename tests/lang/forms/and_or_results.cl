(io:print (and) (or))
(io:print (and 1 2 3) (and 1 nil 3) (and #f 2) (and 0 "") (and 5))
(io:print (or #f nil) (or #f 2 3) (or nil #f 0) (or 7) (or #f))
(io:print (and 1 #f) (or #f 2))
