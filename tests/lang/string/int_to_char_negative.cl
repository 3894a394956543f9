(int->char -1)
