(string-downcase "A" "B")
