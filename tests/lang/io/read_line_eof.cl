(io:print (io:read-line) (read-line) (io:read) (effect io:read) (effect io:read-line))
