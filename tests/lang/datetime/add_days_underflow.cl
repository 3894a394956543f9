(datetime:add-days (date:create 1 1 1) -1)
