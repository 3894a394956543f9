(state:set "k")
