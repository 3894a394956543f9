(state:gc-set-threshold)
