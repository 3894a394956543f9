(import "lib" ((square as sq) (cube as cb)))
(io:print (sq 5) (cb 2))
