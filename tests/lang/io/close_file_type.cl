(io:close-file nil)
