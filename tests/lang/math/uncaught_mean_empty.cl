(mean [])
