(datetime:iso-format)
