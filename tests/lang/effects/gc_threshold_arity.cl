(gc:set-threshold)
