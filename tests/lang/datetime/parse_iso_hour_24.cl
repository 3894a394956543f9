(datetime:parse-iso "2024-01-01T24:00")
