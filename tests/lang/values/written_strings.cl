(io:print ["plain" "q\"q" "b\\b" "n\nn" "t\tt" "é" ""])
(io:print "raw: q\"q b\\b")
(io:print (tuple "a\"b") [["x"]])
