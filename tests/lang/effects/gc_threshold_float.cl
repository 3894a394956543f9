(gc:set-threshold 1.5)
