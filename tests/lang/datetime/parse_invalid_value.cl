(datetime:parse "2023-02-29" "%Y-%m-%d")
