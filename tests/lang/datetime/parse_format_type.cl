(datetime:parse "2024" nil)
