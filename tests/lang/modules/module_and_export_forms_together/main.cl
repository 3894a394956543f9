(import "m" *)
(io:print a b c)
