(data Shape (Circle Float))
(io:print (Circle "not a float") (Circle [1 2]) (Circle (Circle nil)))
