; Each broken form is reported; the good forms around them still parse.
(io:print "before")
(if)
(io:print "between" (let x))
(lambda (a a) (b "\q"))
(io:print "after")
