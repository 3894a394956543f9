(datetime:add-seconds (datetime:create 1 1 1 0 0 0) -0.5)
