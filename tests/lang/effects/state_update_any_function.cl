; F may be a builtin, a constructor or a function made by a builtin (LANGUAGE.md §11.6).
(data Wrapper (Wrap v))
(state:set "xs" [3 1 2])
(io:print (state:update "xs" reverse))
(io:print (state:update "xs" list-sort))
(io:print (state:update "xs" Wrap))
(state:set "n" 5)
(io:print (state:update "n" (compose (lambda (x) (* x 3)) abs)))
(io:print (state:get "xs") (state:get "n"))
