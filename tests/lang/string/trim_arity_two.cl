(string-trim " a " " ")
