(datetime:format "2024-01-01" "%Y")
