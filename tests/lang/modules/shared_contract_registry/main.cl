(spec:contract f :requires [(> x 0)])
(import "m" (f))
(io:print (f 1))
(f -1)
