(import "m" (f as renamed))
(io:print renamed)
