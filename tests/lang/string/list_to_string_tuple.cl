(list->string (tuple "a"))
