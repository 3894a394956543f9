(import "m" (f g))
(import "m" (f as renamed))
(io:print f g renamed)
