(int->char)
