(json-stringify (io:open-file "h.txt" "w"))
