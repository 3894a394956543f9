(substring "hello" -1 2)
