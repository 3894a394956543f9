(list->string "abc")
