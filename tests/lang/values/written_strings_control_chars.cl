(io:print ["ab" "cd"])
