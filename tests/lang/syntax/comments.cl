; a whole-line comment
(io:print 1) ; a trailing comment
(io:print "a;b") ; a semicolon inside a string is text
(io:print [1 ; a comment inside a list
  2])
;(io:print "commented out")
(define #|x 5) ; #| is not a block comment: it starts an identifier
(io:print #|x)
(io:print 3);no space before the comment
