(import "pkg" (hello))
(io:print hello)
