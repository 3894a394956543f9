(int->char "A")
