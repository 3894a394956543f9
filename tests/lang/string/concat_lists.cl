(concat [1] [2])
