(datetime:parse "2024/03/05" "%Y-%m-%d")
