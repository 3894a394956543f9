; Any function may handle: here a builtin gets the error dict.
(error:catch "x" dict-keys)
(io:print (error:raise "x" "m" 1))
