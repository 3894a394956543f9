(datetime:parse "2024" "%Q")
