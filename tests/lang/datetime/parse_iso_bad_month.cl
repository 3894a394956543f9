(datetime:parse-iso "2024-13-01")
