(int->char 65.0)
