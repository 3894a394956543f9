(datetime:parse "2024")
