(datetime:add-days (date:create 2024 1 1) #t)
