(datetime:parse-iso "")
