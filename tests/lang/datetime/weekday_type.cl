(datetime:weekday [2024 1 1])
