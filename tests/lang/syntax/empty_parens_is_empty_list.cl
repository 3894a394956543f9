(io:print () [] (== () []) (list? ()) (length ()))
