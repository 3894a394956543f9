(state:delete "a" "b")
