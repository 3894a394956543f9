(io:print (map-indexed (lambda (i x) [i x]) ["a" "b"]) (map-indexed tuple [5]) (map-indexed + []))
