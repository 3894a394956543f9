(datetime:from-timestamp (json-parse "NaN"))
