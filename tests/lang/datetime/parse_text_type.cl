(datetime:parse 2024 "%Y")
