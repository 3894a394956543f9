(io:print (json-parse "[]") (json-parse "{}") (json-parse "[[], {}, [[]]]"))
(io:print (json-parse " \t\n[ 1 ,\n 2 ] \n"))
(io:print (json-parse "{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"e\"}}"))
(io:print (json-parse "{\"a\": 1, \"b\": 2, \"a\": 3}"))
(io:print (json-parse "{ \"k\" : { } , \"l\" : [ ] }"))
(io:print (json-parse "{\"\": 0, \"é\": 1, \"x\": {\"x\": {\"x\": null}}}"))
(io:print (json-parse "[1,2.5,\"s\",true,false,null,[],{}]"))
