(datetime:parse "2024-03-05 extra" "%Y-%m-%d")
