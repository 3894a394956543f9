(io:print #t #f true false nil)
(io:print (== true #t) (== false #f) (nil? nil))
