(io:print (datetime:add-days (date:create 9999 12 30) 1))
(datetime:add-days (date:create 9999 12 31) 1)
