(list->string ["a"] ["b"])
