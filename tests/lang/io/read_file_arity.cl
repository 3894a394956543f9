(io:read-file)
