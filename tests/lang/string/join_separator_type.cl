(string-join 1 ["a"])
