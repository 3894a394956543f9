(io:print (identity 5) (identity [1]) (identity identity) (identity nil))
