(io:print (datetime:iso-format (date:create 2024 12 25)) (datetime:iso-format (datetime:create 2024 12 25 0 0 0)))
(io:print (datetime:iso-format (datetime:parse-iso "2024-03-05T14:30:15.5")))
(io:print (datetime:iso-format (datetime:parse-iso "2024-03-05T14:30:15.000001")))
(io:print (datetime:iso-format (date:create 5 3 4)) (datetime:iso-format (datetime:create 999 1 2 3 4 5)))
