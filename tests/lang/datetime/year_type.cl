(datetime:year 2024)
