(gc:set-threshold 0)
