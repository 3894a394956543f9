(string-join ",")
