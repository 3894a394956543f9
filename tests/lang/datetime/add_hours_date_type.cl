(datetime:add-hours 5 1)
