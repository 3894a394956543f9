(io:print (state:get "nope") (state:get 42) (state:get nil))
