(io:print (data T (A)))
(io:print (data Void))
