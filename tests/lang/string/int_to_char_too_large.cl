(int->char 1114112)
