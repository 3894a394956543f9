(int->char 55296)
