(io:read-line 1)
