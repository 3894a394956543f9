(import "m" (public))
(io:print (public 2))
(import "m" (internal))
