(io:print (if 0 "t" "f") (if 0.0 "t" "f") (if "" "t" "f") (if [] "t" "f") (if (tuple) "t" "f"))
(io:print (if #f "t" "f") (if nil "t" "f") (if #t "t" "f") (if (do) "t" "f"))
(io:print (if -0.0 "t" "f") (if (lambda () #f) "t" "f"))
