(string->list)
