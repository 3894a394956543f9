(io:print (datetime:parse-iso "2024-03-05"))
(io:print (datetime:parse-iso "2024-03-05T14:30") (datetime:parse-iso "2024-03-05 14:30"))
(io:print (datetime:parse-iso "2024-03-05T14:30:15") (datetime:parse-iso "2024-03-05T14:30:15.123456"))
(io:print (datetime:parse-iso "2024-03-05T14:30:15.1") (datetime:parse-iso "0001-01-01T00:00:00.000000"))
