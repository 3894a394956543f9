(datetime:parse-iso "2024-01-01T10:00:00Z")
