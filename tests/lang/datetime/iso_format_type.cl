(datetime:iso-format "2024-01-01")
