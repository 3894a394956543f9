(define a 1)(io:print a;b)
)
(io:print"x")(io:print[1"y"2])
(io:print(+ 1(* 2 3)))
