(io:close-file)
