(int->char 57343)
