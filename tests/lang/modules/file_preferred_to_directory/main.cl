(import "pkg" (which))
(io:print which)
