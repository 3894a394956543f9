(state:update "k")
