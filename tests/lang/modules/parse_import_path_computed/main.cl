(io:print "before")
(define p "lib")
(import p *)
