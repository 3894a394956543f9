(gc:set-threshold -5)
