(string->list ["a"])
