(state:get)
