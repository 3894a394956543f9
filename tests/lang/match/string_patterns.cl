(define (f v) (match v ("abc" 1) ("" 2) ("日本" 3) (_ 4)))
(io:print (f "abc") (f "") (f "日本") (f "ab") (f 1) (f ["abc"]))
