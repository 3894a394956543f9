(gc:set-threshold 4294967296)
