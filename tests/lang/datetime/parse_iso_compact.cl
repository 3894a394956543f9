(datetime:parse-iso "20240101")
