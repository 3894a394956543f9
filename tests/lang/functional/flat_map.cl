(io:print (flat-map (lambda (x) [x x]) [1 2]) (flat-map (lambda (x) []) [1 2]) (flat-map list []) (flat-map (lambda (x) [[x]]) [1 2]))
