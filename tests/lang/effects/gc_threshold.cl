(io:print (gc:get-threshold))
(io:print (gc:set-threshold 500))
(io:print (gc:get-threshold))
(io:print (gc:set-threshold 4294967295) (gc:get-threshold))
