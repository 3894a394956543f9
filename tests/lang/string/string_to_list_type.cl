(string->list 123)
